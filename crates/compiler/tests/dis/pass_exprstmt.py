pass
1
"string"
x
f(x)
...
