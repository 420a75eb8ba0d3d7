"""Module docstring."""
def f():
    """Function docstring.

    More text.
    """
def g():
    x = 1
    "not a docstring"
class C:
    """Class doc."""
    def m(self):
        'method doc'
print(__doc__)
print(f.__doc__)
print(g.__doc__)
print(C.__doc__, C.m.__doc__)
print(repr((lambda: 1).__doc__))
