"""Generated from ui/*.ui by ui/compile.py. Do not edit."""
