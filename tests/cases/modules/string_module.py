import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.ascii_lowercase, string.ascii_uppercase, repr(string.whitespace), len(string.printable))
print(string.punctuation, string.capwords("hello   big world"))
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.Formatter().format("{0}-{1}", "a", "b"))
