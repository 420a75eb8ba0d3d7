try:
    from _circ_a import fa
except ImportError as e:
    print("ImportError:", str(e).replace(__file__.rsplit("/", 1)[0], "DIR"), e.name, e.path is not None)
import _circ_a
try:
    _circ_a.fa
except AttributeError as e:
    print("AttributeError:", e)
