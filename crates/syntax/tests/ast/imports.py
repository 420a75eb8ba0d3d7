import a
import a.b.c
import a as b, c.d as e
from a import b
from a.b import c as d, e
from . import x
from .. import y as z
from .a import b
from ...a.b import c
from .... import d
from a import *
from a import (b, c as d,)
from . import (x)
