class C:
    @property
    def ok(self):
        return 1
    @property
    def broken(self):
        raise AttributeError("broken inside")
    @property
    def other_error(self):
        raise ValueError("not an attribute error")
c = C()
print(hasattr(c, "ok"), hasattr(c, "broken"), getattr(c, "broken", "default"))
try:
    hasattr(c, "other_error")
except ValueError as e:
    print("ValueError propagates:", e)
print(getattr(c, "ok"), getattr(C, "ok").__class__.__name__)
