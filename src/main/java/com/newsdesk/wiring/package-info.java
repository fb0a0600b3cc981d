/**
 * Connects feature packages that may not depend on each other directly: a package states what it needs as an
 * interface, and the implementation here uses the package that provides it. Nothing depends on this package.
 */
package com.newsdesk.wiring;
