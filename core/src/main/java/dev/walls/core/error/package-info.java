/** Errors the user can fix, told apart from bugs so the command line can say them plainly. */
package dev.walls.core.error;
