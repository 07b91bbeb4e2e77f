__version__ = "0.1.0"

# `import bam_nbdev` is light (the standard library only): the console scripts (`bam_nbdev.cli`) import it before torch,
# so that Ctrl-C during start-up is one line. The lesson's module `bam` imports nothing from the package; its
# registries (FORMS, CONV_FORMS, FLAVORS, KEY_MAPS) are completed by `fast_bam` and `released`, which are imported
# right after `bam` itself (by the import hook below; they need nothing `bam` has not already loaded), so that
# `BAM(flavor="released")`, `BAM(impl="fused")` and released checkpoints work wherever the package is used, after
# only `from bam_nbdev.bam import BAM`. The registries stay plain dicts (torch.compile reads them as such).
import importlib
import importlib.machinery
import sys

PROVIDERS = ("fast_bam", "released")  # the modules that add to `bam`'s registries

def fill_registries():
    "Import the providers (each once; one already being imported is left to finish)."
    for name in PROVIDERS: importlib.import_module(f"{__name__}.{name}")

class _RegistryHook:
    "Finds `bam_nbdev.bam` as usual and, once it has run, imports the providers of its registries (`fill_registries`)."
    def find_spec(self, name, path=None, target=None):
        if name != f"{__name__}.bam": return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None: return spec
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            sys.modules[name] = module              # as the import system will: the providers import from it
            fill_registries()
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
