a = {x for x in y}
b = {k: v for k, v in items}
c = {k: v for k in a for v in [k]}
