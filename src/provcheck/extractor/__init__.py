"""Extractor: read PDFs and images into positioned words (text layer or OCR), then find the fields."""

from provcheck.extractor.fields import Extraction, extract
from provcheck.extractor.read import read_document

__all__ = ["Extraction", "extract", "read_document"]
