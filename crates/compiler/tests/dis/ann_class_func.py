class C:
    a: int
    b: str = "x"
    def f(self) -> None:
        c: int = 1
