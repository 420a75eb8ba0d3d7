try:
    raise KeyError("k")
except KeyError as e:
    e.add_note("first note")
    e.add_note("last note")
    raise
