class Thing:
    pass
print("made")
Thing().missing_attribute
