import keyword
print(keyword.iskeyword("match"), keyword.iskeyword("if"), keyword.iskeyword("print"))
print(keyword.issoftkeyword("match"), keyword.issoftkeyword("case"), keyword.issoftkeyword("_"))
match = [1, 2]
case = 3
print(match, case)
match match:
    case [1, x]:
        print("soft keywords as names", x)
type = "shadowed builtin"
print(type)
del type
print(type(1).__name__)
