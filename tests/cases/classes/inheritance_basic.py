class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak())
print(issubclass(Puppy, Animal), isinstance(Puppy("p"), Dog), Dog.__bases__[0].__name__)
print(Puppy.__mro__ == (Puppy, Dog, Animal, object))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
