"""Packaging for bam_nbdev: every field is read from settings.ini (the nbdev 2 layout)."""
from configparser import ConfigParser

import shutil
from pathlib import Path

import setuptools
from setuptools.command.build_py import build_py


class build_py_with_data(build_py):
    """Ship what `bam-figures` draws from inside the package (bam_nbdev/_data): the paper's tables (data/paper/*.csv), our
    results files (data/results/**/*.json), the slim checkpoints (data/checkpoints/**/*.pt) and ImageNet-100's class list."""
    def run(self):
        super().run()
        target = Path(self.build_lib) / "bam_nbdev" / "_data"
        for pattern in ("paper/*.csv", "results/**/*.json", "checkpoints/**/*.pt", "imagenet100.txt"):
            for f in sorted(Path("data").glob(pattern)):
                (target / f.relative_to("data")).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(f, target / f.relative_to("data"))


cfg = ConfigParser(delimiters=["="])
cfg.read("settings.ini", encoding="utf-8")
cfg = cfg["DEFAULT"]

licenses = {"apache2": "Apache-2.0"}  # SPDX expression (license classifiers are deprecated)
statuses = ["1 - Planning", "2 - Pre-Alpha", "3 - Alpha", "4 - Beta", "5 - Production/Stable",
            "6 - Mature", "7 - Inactive"]
lic = licenses[cfg["license"]]
py_versions = "3.10 3.11 3.12 3.13".split()
min_python = cfg["min_python"]

setuptools.setup(
    name=cfg["lib_name"],
    version=cfg["version"],
    description=cfg["description"],
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    author=cfg["author"],
    author_email=cfg["author_email"],
    url=cfg["git_url"],
    license=lic,
    license_files=["LICENSE"],
    keywords=cfg["keywords"].split(),
    classifiers=[
        "Development Status :: " + statuses[int(cfg["status"])],
        "Intended Audience :: " + cfg["audience"].title(),
        "Natural Language :: " + cfg["language"].title(),
        "Topic :: Scientific/Engineering :: Artificial Intelligence",
    ] + ["Programming Language :: Python :: " + v for v in py_versions[py_versions.index(min_python):]],
    packages=setuptools.find_packages(include=[cfg["lib_name"], cfg["lib_name"] + ".*"]),
    include_package_data=True,
    cmdclass={"build_py": build_py_with_data},
    install_requires=cfg.get("requirements", "").split(),
    extras_require={"dev": cfg.get("dev_requirements", "").split()},
    python_requires=">=" + min_python,
    zip_safe=False,
    entry_points={
        "console_scripts": [s.strip() for s in cfg.get("console_scripts", "").splitlines() if s.strip()],
        "nbdev": [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"],
    },
)
