class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def who(self):
        return "Base"
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def who(self):
        return "Right>" + super().who()
class Diamond(Left, Right):
    def __init__(self):
        print("Diamond.__init__")
        super().__init__()
    def who(self):
        return "Diamond>" + super().who()
d = Diamond()
print(d.trail, d.who())
print(super(Left, d).who(), super(Right, d).who())
class Cls:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(Cls):
    @classmethod
    def make(cls):
        return "Sub via " + super().make()
print(Sub.make())
