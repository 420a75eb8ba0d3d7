try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("input was 'abc'")
    print(e.__notes__)
    caught = e
print(str(caught), caught.args)
try:
    caught.add_note(42)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(ValueError(), "__notes__"))
