"""Calendar arithmetic, strftime and strptime for the time and datetime modules, in the C
locale with UTC as the local zone. Counterpart of the C-library parts of CPython's
Modules/timemodule.c and of Lib/_strptime.py."""

from _structseq import structseq

struct_time = structseq(
    "time.struct_time",
    ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
     "tm_isdst", "tm_zone", "tm_gmtoff"),
    9)

DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and is_leap(year))


def days_from_civil(year, month, day):
    """Days from 1970-01-01 to the given proleptic Gregorian date."""
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    """(year, month, day) of the date z days after 1970-01-01."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def _seconds(secs):
    if secs is None:
        import time
        secs = time.time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if isinstance(secs, int):
        return secs
    try:
        return int(secs.__index__())
    except AttributeError:
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer") from None


def gmtime(secs=None):
    """The UTC struct_time of a timestamp."""
    return _broken_down(_seconds(secs), "GMT")


def localtime(secs=None):
    """The local struct_time of a timestamp (the local zone is UTC)."""
    return _broken_down(_seconds(secs), "UTC")


def _broken_down(secs, zone):
    days, rem = divmod(secs, 86400)
    year, month, day = civil_from_days(days)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    yday = days_before_month(year, month) + day
    wday = (days + 3) % 7
    return struct_time((year, month, day, hour, minute, sec, wday, yday, 0, zone, 0))


def _checked_tuple(t, name):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{name}(): illegal time tuple argument")
    return tuple(t)


def timegm(t):
    """The timestamp of a UTC time tuple (months outside 1..12 carry into the year)."""
    year, month, day, hour, minute, sec = tuple(t)[:6]
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = days_from_civil(year, month, 1) + day - 1
    return days * 86400 + hour * 3600 + minute * 60 + sec


def mktime(t):
    t = _checked_tuple(t, "mktime")
    return float(timegm(t))


def asctime(t=None):
    if t is None:
        t = localtime()
    t = _checked_tuple(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (DAY_ABBR[t[6] % 7], MONTH_ABBR[(t[1] - 1) % 12],
                                             t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _iso_week(year, yday, wday):
    """(ISO year, ISO week) of the day with the given yday (1-based) and wday (Monday 0)."""
    week = (yday - wday + 9) // 7
    if week < 1:
        year -= 1
        prev_days = 366 if is_leap(year) else 365
        return _iso_week(year, yday + prev_days, wday)
    days_in_year = 366 if is_leap(year) else 365
    if week == 53 and (yday - wday + 3) > days_in_year:
        return year + 1, 1
    return year, week


def _directive(ch, t, zone, gmtoff):
    year, month, day, hour, minute, sec, wday, yday = t[:8]
    if ch == "a":
        return DAY_ABBR[wday % 7]
    if ch == "A":
        return DAY_NAMES[wday % 7]
    if ch in "bh":
        return MONTH_ABBR[(month - 1) % 12]
    if ch == "B":
        return MONTH_NAMES[(month - 1) % 12]
    if ch == "c":
        return asctime(t)
    if ch == "d":
        return "%02d" % day
    if ch == "e":
        return "%2d" % day
    if ch == "H":
        return "%02d" % hour
    if ch == "I":
        return "%02d" % ((hour + 11) % 12 + 1)
    if ch == "j":
        return "%03d" % yday
    if ch == "m":
        return "%02d" % month
    if ch == "M":
        return "%02d" % minute
    if ch == "p":
        return "AM" if hour < 12 else "PM"
    if ch == "S":
        return "%02d" % sec
    if ch == "U":
        return "%02d" % ((yday + 6 - (wday + 1) % 7) // 7)
    if ch == "W":
        return "%02d" % ((yday + 6 - wday) // 7)
    if ch == "w":
        return str((wday + 1) % 7)
    if ch == "u":
        return str(wday + 1)
    if ch == "x" or ch == "D":
        return "%02d/%02d/%02d" % (month, day, year % 100)
    if ch == "X" or ch == "T":
        return "%02d:%02d:%02d" % (hour, minute, sec)
    if ch == "R":
        return "%02d:%02d" % (hour, minute)
    if ch == "F":
        return "%d-%02d-%02d" % (year, month, day)
    if ch == "y":
        return "%02d" % (year % 100)
    if ch == "Y":
        return str(year)
    if ch == "C":
        return "%02d" % (year // 100)
    if ch in "GgV":
        iso_year, iso_week = _iso_week(year, yday, wday)
        if ch == "G":
            return str(iso_year)
        if ch == "g":
            return "%02d" % (iso_year % 100)
        return "%02d" % iso_week
    if ch == "Z":
        return zone
    if ch == "z":
        sign = "-" if gmtoff < 0 else "+"
        hh, mm = divmod(abs(gmtoff) // 60, 60)
        return "%s%02d%02d" % (sign, hh, mm)
    if ch == "n":
        return "\n"
    if ch == "t":
        return "\t"
    if ch == "%":
        return "%"
    return None


def strftime(format, t=None):
    """Format a time tuple by the C library's directives (C locale)."""
    if t is None:
        t = localtime()
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if not isinstance(t, tuple) or len(t) != 9:
        if isinstance(t, tuple):
            raise TypeError("strftime(): illegal time tuple argument")
        raise TypeError("Tuple or struct_time argument required")
    zone = getattr(t, "tm_zone", None) or ("GMT" if t[8] <= 0 else "UTC")
    gmtoff = getattr(t, "tm_gmtoff", None) or 0
    t = tuple(t)
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError("month out of range")
    if t[1] == 0:
        t = (t[0], 1) + t[2:]
    if t[2] == 0:
        t = t[:2] + (1,) + t[3:]
    if t[7] == 0:
        t = t[:7] + (1,) + t[8:]
    out = []
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        text = _directive(format[i + 1], t, zone, gmtoff)
        out.append(format[i:i + 2] if text is None else text)
        i += 2
    return "".join(out)


def _match_name(s, pos, names):
    low = s[pos:].lower()
    for idx, name in enumerate(names):
        if low.startswith(name.lower()):
            return idx, pos + len(name)
    return None


def _match_int(s, pos, width, allow_sign=False):
    end = pos
    if allow_sign and end < len(s) and s[end] in "+-":
        end += 1
    start_digits = end
    while end < len(s) and end - start_digits < width and s[end].isdigit():
        end += 1
    if end == start_digits:
        return None
    return int(s[pos:end]), end


_NUMERIC = {"d": ("day", 2), "m": ("month", 2), "Y": ("year", 4), "y": ("year2", 2),
            "H": ("hour", 2), "I": ("hour12", 2), "M": ("minute", 2), "S": ("second", 2),
            "j": ("yday", 3), "f": ("fraction", 6), "w": ("wday_sun", 1),
            "u": ("wday_iso", 1), "U": ("week_sun", 2), "W": ("week_mon", 2)}


def _parse(data, format):
    """The fields that format's directives read from data, or None on a mismatch."""
    fields = {}
    pos = 0
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        if ch.isspace():
            while pos < len(data) and data[pos].isspace():
                pos += 1
            i += 1
            continue
        if ch != "%":
            if pos >= len(data) or data[pos] != ch:
                return None
            pos += 1
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray % in format '%s'" % format)
        d = format[i + 1]
        i += 2
        if d in _NUMERIC:
            key, width = _NUMERIC[d]
            m = _match_int(data, pos, width)
            if m is None:
                return None
            value, end = m
            if key == "fraction":
                value = int(data[pos:end].ljust(6, "0"))
            fields[key] = value
            pos = end
        elif d in "aA":
            m = _match_name(data, pos, DAY_NAMES if d == "A" else DAY_ABBR)
            if m is None:
                m = _match_name(data, pos, DAY_ABBR)
            if m is None:
                return None
            fields["wday"], pos = m
        elif d in "bBh":
            m = _match_name(data, pos, MONTH_NAMES)
            if m is None:
                m = _match_name(data, pos, MONTH_ABBR)
            if m is None:
                return None
            fields["month"], pos = m[0] + 1, m[1]
        elif d == "p":
            m = _match_name(data, pos, ("AM", "PM"))
            if m is None:
                return None
            fields["pm"], pos = m
        elif d == "z":
            m = _parse_offset(data, pos)
            if m is None:
                return None
            fields["gmtoff"], pos = m
        elif d == "Z":
            m = _match_name(data, pos, ("UTC", "GMT"))
            if m is None:
                return None
            pos = m[1]
        elif d == "%":
            if pos >= len(data) or data[pos] != "%":
                return None
            pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
    return fields, pos


def _parse_offset(data, pos):
    if pos < len(data) and data[pos] in "Zz":
        return 0, pos + 1
    if pos >= len(data) or data[pos] not in "+-":
        return None
    sign = -1 if data[pos] == "-" else 1
    digits = data[pos + 1:pos + 7].replace(":", "")
    end = pos + 1
    while end < len(data) and (data[end].isdigit() or data[end] == ":") and end - pos <= 8:
        end += 1
    digits = data[pos + 1:end].replace(":", "")
    if len(digits) not in (4, 6) or not digits.isdigit():
        return None
    secs = int(digits[:2]) * 3600 + int(digits[2:4]) * 60 + int(digits[4:6] or 0)
    return sign * secs, end


def strptime_fields(data, format):
    """(year, month, day, hour, minute, second, wday, yday, fraction, gmtoff) parsed."""
    if not isinstance(data, str):
        raise TypeError(f"strptime() argument 0 must be str, not {type(data)}")
    if not isinstance(format, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(format)}")
    parsed = _parse(data, format)
    if parsed is None:
        raise ValueError("time data %r does not match format %r" % (data, format))
    fields, pos = parsed
    if pos != len(data):
        raise ValueError("unconverted data remains: %s" % data[pos:])
    year = fields.get("year", 1900)
    if "year2" in fields:
        y = fields["year2"]
        year = y + (2000 if y < 69 else 1900)
    month = fields.get("month", 1)
    day = fields.get("day", 1)
    hour = fields.get("hour", 0)
    if "hour12" in fields:
        hour = fields["hour12"] % 12 + (12 if fields.get("pm") else 0)
    minute = fields.get("minute", 0)
    second = fields.get("second", 0)
    if "yday" in fields and "month" not in fields and "day" not in fields:
        days = days_from_civil(year, 1, 1) + fields["yday"] - 1
        year, month, day = civil_from_days(days)
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60 and second < 62):
        raise ValueError("time data %r does not match format %r" % (data, format))
    days = days_from_civil(year, month, day)
    wday = (days + 3) % 7
    yday = days_before_month(year, month) + day
    return (year, month, day, hour, minute, second, wday, yday,
            fields.get("fraction", 0), fields.get("gmtoff"))


def strptime(data, format="%a %b %d %H:%M:%S %Y"):
    f = strptime_fields(data, format)
    gmtoff = f[9]
    zone = None if gmtoff is None else "UTC"
    return struct_time(f[:8] + (-1, zone, gmtoff))
