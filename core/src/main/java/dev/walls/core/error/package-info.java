/**
 * Errors told apart so the command line can say them plainly: the user's mistakes ({@link
 * dev.walls.core.error.InputException}) and a plugin's ({@link dev.walls.core.error.PluginFaultException}), as
 * opposed to walls' own bugs.
 */
package dev.walls.core.error;
