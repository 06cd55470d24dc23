"""The ingest pipeline: files in, article graphs in the store out, with a summary."""

from cadregraph.ingest.pipeline.run import BATCH_SIZE, AfterBatch, ingest, link_after_batch
from cadregraph.ingest.pipeline.summary import Failure, IngestSummary

__all__ = ["BATCH_SIZE", "AfterBatch", "Failure", "IngestSummary", "ingest", "link_after_batch"]
