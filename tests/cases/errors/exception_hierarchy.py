for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, NotImplementedError, StopIteration, GeneratorExit, ModuleNotFoundError,
            UnboundLocalError, TimeoutError, IsADirectoryError, OverflowError, TabError, BrokenPipeError]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__[1:]])
