"""Configuring logging from a dictionary (`dictConfig`, schema version 1).

Counterpart of CPython's Lib/logging/config.py, written for gilpy from the documented schema
of 3.11: formatters, filters, handlers, loggers and root, with `()` factories and `ext://`
values; `incremental` configuration, `cfg://` references, `fileConfig` and `listen` are not
supported (they raise NotImplementedError).
"""

import logging

__all__ = ["dictConfig", "fileConfig", "listen", "stopListening"]


def _resolve(name):
    """The object a dotted name denotes, importing modules as needed."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _convert(value):
    if isinstance(value, str):
        if value.startswith("ext://"):
            return _resolve(value[6:])
        if value.startswith("cfg://"):
            raise NotImplementedError("logging.config: cfg:// references are not supported")
    return value


def _factory_object(config):
    """Build an object from a config dict: '()' names a factory, else `default_factory`."""
    config = dict(config)
    factory = config.pop('()', None)
    props = config.pop('.', None)
    if factory is None:
        return None, config, props
    if isinstance(factory, str):
        factory = _resolve(factory)
    kwargs = {k: _convert(v) for k, v in config.items() if k.isidentifier()}
    result = factory(**kwargs)
    if props:
        for name, value in props.items():
            setattr(result, name, value)
    return result, None, None


def _configure_formatter(config):
    made, rest, _ = _factory_object(config)
    if made is not None:
        return made
    cls = rest.get('class')
    cls = _resolve(cls) if cls else logging.Formatter
    kwargs = {}
    if 'defaults' in rest:
        kwargs['defaults'] = rest['defaults']
    return cls(rest.get('format'), rest.get('datefmt'), rest.get('style', '%'),
               rest.get('validate', True), **kwargs)


def _configure_filter(config):
    made, rest, _ = _factory_object(config)
    if made is not None:
        return made
    return logging.Filter(rest.get('name', ''))


def _configure_handler(config, formatters, filters):
    config = dict(config)
    formatter = config.pop('formatter', None)
    level = config.pop('level', None)
    filter_names = config.pop('filters', None)
    made, rest, props = _factory_object(config)
    if made is None:
        cls = _resolve(rest.pop('class'))
        kwargs = {k: _convert(v) for k, v in rest.items() if k.isidentifier()}
        if 'target' in kwargs and isinstance(kwargs['target'], str):
            kwargs['target'] = _handlers_made[kwargs['target']]
        made = cls(**kwargs)
        if props:
            for name, value in props.items():
                setattr(made, name, value)
    if formatter:
        made.setFormatter(formatters[formatter])
    if level is not None:
        made.setLevel(logging._checkLevel(level))
    for name in filter_names or ():
        made.addFilter(filters[name])
    return made


_handlers_made = {}


def _common_logger_config(logger, config, handlers, filters):
    level = config.get('level')
    if level is not None:
        logger.setLevel(logging._checkLevel(level))
    for h in logger.handlers[:]:
        logger.removeHandler(h)
    for name in config.get('handlers', ()):
        try:
            logger.addHandler(handlers[name])
        except KeyError as e:
            raise ValueError('Unable to add handler %r' % name) from e
    for name in config.get('filters', ()):
        logger.addFilter(filters[name])


def dictConfig(config):
    """Configure logging from a dictionary (schema version 1)."""
    if 'version' not in config:
        raise ValueError("dictionary doesn't specify a version")
    if config['version'] != 1:
        raise ValueError("Unsupported version: %s" % config['version'])
    if config.get('incremental', False):
        raise NotImplementedError("logging.config: incremental configuration is not supported")
    disable_existing = config.get('disable_existing_loggers', True)
    with logging._lock:
        _clear_existing_handlers()
        formatters = {}
        for name, fconf in config.get('formatters', {}).items():
            try:
                formatters[name] = _configure_formatter(fconf)
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = {}
        for name, fconf in config.get('filters', {}).items():
            try:
                filters[name] = _configure_filter(fconf)
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        handlers = _handlers_made
        handlers.clear()
        for name in sorted(config.get('handlers', {})):
            try:
                handler = _configure_handler(config['handlers'][name], formatters, filters)
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        _configure_loggers(config, handlers, filters, disable_existing)
        handlers.clear()


def _configure_loggers(config, handlers, filters, disable_existing):
    root = logging.root
    existing = sorted(root.manager.loggerDict)
    child_loggers = []
    loggers = config.get('loggers', {})
    for name in loggers:
        if name in existing:
            i = existing.index(name) + 1
            prefix = name + "."
            while i < len(existing) and existing[i].startswith(prefix):
                child_loggers.append(existing[i])
                i += 1
            existing.remove(name)
        try:
            logger = logging.getLogger(name)
            lconf = loggers[name]
            _common_logger_config(logger, lconf, handlers, filters)
            logger.propagate = lconf.get('propagate', True)
            logger.disabled = False
        except Exception as e:
            raise ValueError('Unable to configure logger %r' % name) from e
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        elif disable_existing and isinstance(logger, logging.Logger):
            logger.disabled = True
    if 'root' in config:
        try:
            _common_logger_config(root, config['root'], handlers, filters)
        except Exception as e:
            raise ValueError('Unable to configure root logger') from e


def _clear_existing_handlers():
    for name in list(logging._handlers.keys()):
        logging._handlers.pop(name, None)
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig() is not supported: gilpy has no "
                              "configparser; use dictConfig()")


def listen(port=9030, verify=None):
    raise NotImplementedError("logging.config.listen() is not supported by gilpy")


def stopListening():
    pass
