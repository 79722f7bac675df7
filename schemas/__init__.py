"""JSON Schemas shipped with Quark (installed as ``quarkcli.schemas``)."""
