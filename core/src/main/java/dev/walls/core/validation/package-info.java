/**
 * Validation of the training model against published step times: reads the project's validation CSV, evaluates
 * every row (searching what the source leaves unstated) and reports the error per row, per source and per system.
 */
package dev.walls.core.validation;
