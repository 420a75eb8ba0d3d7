match x:
    case case:
        match = case
print = 1
print(match, case, _)
type = 1
