result = compute(
    first,
    second=value(
        nested,
    ),
)
