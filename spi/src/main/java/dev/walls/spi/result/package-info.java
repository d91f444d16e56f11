/** Results of an evaluation: step time and memory breakdowns, the full verdict. */
package dev.walls.spi.result;
