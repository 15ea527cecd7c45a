mkdir d; incidents d; echo "status $?" 
