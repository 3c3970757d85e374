package com.example.exo;

// Deliberately not Java: compiling this file means the skipped goal still added its source root.
class Broken { this is not java }
