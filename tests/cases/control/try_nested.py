def level(n):
    try:
        try:
            if n == 0:
                raise ValueError("inner")
            elif n == 1:
                raise TypeError("inner type")
            print("no error")
        except ValueError as e:
            print("inner handler:", e)
            raise RuntimeError("from inner handler")
        finally:
            print("inner finally")
    except RuntimeError as e:
        print("outer caught:", e, "context:", repr(e.__context__))
    except TypeError as e:
        print("outer caught type:", e)
    finally:
        print("outer finally")
for n in range(3):
    level(n)
    print("--")
