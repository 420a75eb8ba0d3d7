eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t"), ValueError("v2")])
print(eg, repr(eg.message), len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(TypeError).exceptions, eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
print(nested.subgroup(lambda e: isinstance(e, (TypeError, ValueError))))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
