"""Engines that run the pipeline over many inputs.

- local (``chronist.ingest``): one process, into a DuckDB store; the default, no extra
  dependencies.
- ray (``engines.ray_ingest``): Ray Data on one machine's cores or a cluster, into a
  Parquet dataset with the store's schema (``chronist.dataset`` reads it with DuckDB).
  Needs ``pip install 'chronist[ray]'``; nothing here imports Ray until a run starts.

The parts an engine shares: ``blocks`` splits inputs into blocks that a worker reads on its
own, ``worker`` turns one block into Parquet files exactly once, ``progress`` shows a run.
"""

from __future__ import annotations
