s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b))
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("utf-16-le")[:6])
print(b.decode(), b.decode("utf-8"), b"caf\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xffabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"))
print(len("😀"), len("😀".encode()), len("😀".encode("utf-16")), ord("😀"), "\U0001F600" == "😀")
