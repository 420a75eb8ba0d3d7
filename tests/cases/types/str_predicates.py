tests = ["abc", "ABC", "123", "12.5", "abc123", "   ", "", "Hello World", "hello world", "٣", "½", "x_y", "ⅷ", "\t"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.istitle(), t.isupper(), t.islower(), t.isidentifier(), t.isprintable(), t.isascii())
