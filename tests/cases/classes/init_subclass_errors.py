# object.__init_subclass__ rejects arguments with messages naming the class.
class O:
    class A: pass
try: O.A.__init_subclass__(x=1)
except TypeError as e: print(e)
try: O.A.__init_subclass__(1)
except TypeError as e: print(e)
try: object.__init_subclass__(1, 2)
except TypeError as e: print(e)
try:
    class B(O.A, x=1): pass
except TypeError as e: print(e)
print(object.__init_subclass__())
