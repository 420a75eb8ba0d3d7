# shlex.split (POSIX quoting, escapes, comments, errors), shlex.quote and shlex.join.
import shlex

lines = ["a b  c", 'a "b c" d', "a 'b c' d", "a\\ b", 'a"b c"d', "a '' b", 'x "a\\"b" y', 'x "a\\$b" y',
         'x "a\\\\b"', "a#b c", "a #b\nc", "", "   ", "echo \\'q\\'", "it's", 'a "b', "a\\", '"\\', "a\\\nb",
         'a "" """" b', "tab\tsep\nnew", "'single \\ kept'", "ünï cødé 'x y'"]
for s in lines:
    try:
        print(repr(s), shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for word in ["", "plain", "with space", "it's", "a@b%c+d=e:f,g./-h", "$HOME", "é", "tab\t", "'"]:
    print(repr(word), shlex.quote(word))
args = ["ls", "-l", "my file", "it's", ""]
print(shlex.join(args), shlex.split(shlex.join(args)) == args)
