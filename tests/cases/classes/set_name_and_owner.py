class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, owner):
        return f"{self.owner}.{self.name}"
class Model:
    title = Field()
    body = Field()
print(Model().title, Model().body, Model.title)
class Late:
    pass
f = Field()
Late.added = f
print(hasattr(f, "name"))
f.__set_name__(Late, "added")
print(Late().added)
