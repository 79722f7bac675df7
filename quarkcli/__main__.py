from . import gc_pause

gc_pause.pause()  # while the CLI's modules load: see gc_pause

from .cli import main  # noqa: E402

main()
