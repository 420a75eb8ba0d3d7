import pkg_demo
print(pkg_demo.add(2, 3), pkg_demo.VERSION, pkg_demo.__name__, pkg_demo.__package__)
print(pkg_demo.core.VERSION, pkg_demo.__doc__)
import pkg_demo.sub.leaf
print(pkg_demo.sub.leaf.compute(10), pkg_demo.sub.leaf.WHERE)
from pkg_demo.sub import leaf, sibling
print(leaf.compute(1), sibling.twice("ab"))
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg_demo")))
print(pkg_demo.__path__[0].endswith("pkg_demo"), hasattr(pkg_demo.core, "__path__"))
