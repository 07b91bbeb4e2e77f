__version__ = "0.1.0"

# `import bam_nbdev` is light (the standard library only): the console scripts (`bam_nbdev.cli`) import it before torch,
# so that Ctrl-C during start-up is one line. The lesson's module `bam` imports nothing from the package; its
# registries (FORMS, CONV_FORMS, FLAVORS, KEY_MAPS) are completed by `fast_bam` and `released`, imported the first
# time a registry is read, so `BAM(flavor="released")`, `BAM(impl="fused")` and released checkpoints work wherever
# the package is used, after only `from bam_nbdev.bam import BAM`.
import importlib
import importlib.machinery
import sys
import threading

PROVIDERS = ("fast_bam", "released")  # the modules that add to `bam`'s registries
_filled, _lock = threading.Event(), threading.RLock()

def fill_registries():
    "Import the providers once (idempotent, thread-safe); reads inside a provider's own import see the registry as is."
    if _filled.is_set() or _lock._is_owned(): return
    with _lock:
        if _filled.is_set(): return
        for name in PROVIDERS: importlib.import_module(f"{__name__}.{name}")
        _filled.set()

def _filling(method):
    def read(self, *args, **kwargs):
        fill_registries()
        return method(self, *args, **kwargs)
    read.__name__ = method.__name__
    return read

_READS = ("__getitem__", "__contains__", "__iter__", "__len__", "__repr__", "__eq__", "get", "keys", "values", "items", "copy")

class LazyRegistry(dict):
    "A dict whose every read first imports the providers (`fill_registries`)."
    locals().update({m: _filling(getattr(dict, m)) for m in _READS})

class LazyList(list):
    "A list whose every read first imports the providers (`fill_registries`)."
    locals().update({m: _filling(getattr(list, m)) for m in _READS[:6] + ("__reversed__", "index", "count", "copy")})

def _make_lazy(module):
    for name in ("FLAVORS", "FORMS", "CONV_FORMS"): setattr(module, name, LazyRegistry(getattr(module, name)))
    module.KEY_MAPS = LazyList(module.KEY_MAPS)

class _RegistryHook:
    "Finds `bam_nbdev.bam` as usual and, once it has run, makes its registries lazy (`_make_lazy`)."
    def find_spec(self, name, path=None, target=None):
        if name != f"{__name__}.bam": return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None: return spec
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            _make_lazy(module)
        spec.loader.exec_module = exec_module
        return spec

if not any(isinstance(f, _RegistryHook) for f in sys.meta_path): sys.meta_path.insert(0, _RegistryHook())

def __getattr__(name):
    "`bam_nbdev.fast_bam` and the other modules, imported when first named."
    if name.startswith("_"): raise AttributeError(name)
    try: return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as e:
        if e.name != f"{__name__}.{name}": raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
