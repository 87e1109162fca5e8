// pchat-failback: the Persistent Chat failback wizard. Everything lives in the libraries; see README.md.
#include "failbackapplication.h"

int main(int argc, char** argv)
{
    return pchat::FailbackApplication::run(argc, argv);
}
