"""The profile panes, one module each. Panes get domain objects (a `Profile`), never the store, and never
import each other; only the main window knows them all."""
