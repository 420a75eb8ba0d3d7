def f():
    import os
    from sys import path as p
    import a.b.c as d
    return os, p, d
