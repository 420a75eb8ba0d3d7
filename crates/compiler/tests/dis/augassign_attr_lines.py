obj.counter += (
    1
)
obj[
    key
] -= 1
