import os
import os.path
import os.path as osp
import a, b
from os import path
from os import path as p, sep
from . import sibling
from ..pkg import mod
from mod import *
