import json
data = {"name": "gilpy", "tags": ["a", "b"], "n": 1.5, "ok": True, "none": None, "nested": {"x": [1, {"y": 2}]}}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.loads(text) == data, json.loads('[1, 2.0, "s", null, false]'))
print(json.dumps("é☃"), json.dumps("é", ensure_ascii=False), json.dumps([1, 2], separators=(",", ":")))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
