import json
print(json.dumps(float('inf')), json.dumps(1e100), json.dumps(-0.0), json.dumps(10**20))
for s in ['', '[1,', '[1 2]', '{"a" 1}', '"abc', 'nul', '[1,]', '{"a":1,}', '"\\x"', '1 2',
          '"a\nb"', '[', '{', '{1:2}', 'tru', '-', '01', '1.', '"\\ud83d\\ude00"', ' [1e3, -0, 2E-2] ',
          'NaN', '-Infinity', '"\\u12"', '{"a": [true, false, null]}']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e, e.pos, e.lineno, e.colno)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
print(json.dumps({1: 2, 2.5: 3, False: 1, None: 2}))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([1, [2, {}]], indent='\t'))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=0, sort_keys=True))
print(json.dumps("\x00\x1f\t\"\\/ \U0001f600"), json.dumps("\U0001f600", ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps({"a": 1}, separators=(",", "=")))
print(json.dumps({(1, 2): 3, "x": 4}, skipkeys=True))
print(json.dumps(object(), default=lambda o: "obj"))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1.5}', parse_float=str, object_hook=lambda d: sorted(d)))
print(json.loads(b'[1]'), json.loads('{"a": {"a": 2}}'))
try:
    json.loads(5)
except TypeError as e:
    print(e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=E))
try:
    json.dumps(object())
except TypeError as e:
    print(e)
print(json.JSONDecoder().raw_decode('[1] tail'))
print(issubclass(json.JSONDecodeError, ValueError))
