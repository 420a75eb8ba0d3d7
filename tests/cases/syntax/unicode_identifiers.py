café = "coffee"
π = 3.14159
变量 = [1, 2]
print(café, π, 变量)
def grüß(name):
    return "Grüß " + name
print(grüß("Gott"))
class Ω:
    pass
print(Ω.__name__)
print("é".isidentifier(), "1a".isidentifier(), "_x".isidentifier())
