"""Use cases: each public function is one user action and one unit of work."""
