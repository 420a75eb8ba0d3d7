class A(x)
    pass
